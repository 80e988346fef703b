/** Messages of the closing rules, keyed as the server's field errors name them. */
export const CLOSING_MESSAGES = {
  'closing.periodTo.noTargets': { zh: '该地区没有在这一天结束的目标', en: 'no target of this region ends on that day' },
  'closing.periodTo.notEnded': { zh: '规划期尚未结束，结束后才能关账', en: 'the period has not ended yet; it can be closed only after it ends' },
} as const;
