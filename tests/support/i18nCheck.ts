import type { Page } from 'playwright-core';

/*
 * The "no Chinese in English" check of the browser tests, in one place.
 *
 * What counts as data, which no translation can change: text the screens mark
 * `data-user-content` (carrier names, phase labels, usernames and display names — the
 * shell's user badge wraps the display name —, rejection reasons, file names, audit diffs,
 * the targets' source clauses, which quote Chinese documents, scenario names) and text
 * explicitly marked as Chinese (`lang="zh-CN"`: the language switch "中文"). Every other
 * character of the page, visible or not (captions, options, hidden labels, the role name
 * in the user badge), counts. Chart canvases hold no DOM text; their labels are checked on
 * the screenshots.
 */

/** CJK ideographs, CJK punctuation, fullwidth forms and CJK compatibility units such as ㎡. */
export const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3300-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/g;

/**
 * What an untranslated i18next key looks like on screen: a namespaced key
 * (`planner:pipeline.slip`, `registry:form.title`), a dotted path (`results.delta`,
 * `drill.scope.year`) or an interpolation left as written (`{{count}}`).
 */
export const RAW_KEY = /\b(?:common|login|map|dashboard|planner|registry|review|admin|counting|validation):[\w.]+|\b[a-z]+[A-Za-z]*\.[a-z][A-Za-z]*(?:\.[A-Za-z_]+)*\b|\{\{/g;

/**
 * All text of the page except data (see the note at the top of this file), one text node
 * after another with a space between: a hint ending "…once saved." followed by a message
 * "target id must…" must not read as the key `saved.target`.
 */
export function textWithoutUserData(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-user-content], [lang^="zh"], script, style').forEach((node) => node.remove());
    const texts: string[] = [];
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.nodeValue ?? '');
    return texts.join(' ');
  });
}

/** The CJK characters and raw keys in a text; both empty when it is fully translated to English. */
export function untranslatedIn(text: string): { cjk: string[]; keys: string[] } {
  return { cjk: text.match(CJK) ?? [], keys: text.match(RAW_KEY) ?? [] };
}

/** Whether a text holds any CJK character: the same check finds Chinese when Chinese is selected. */
export function hasCjk(text: string): boolean {
  return new RegExp(CJK.source).test(text);
}
