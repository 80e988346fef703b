/**
 * The source documents (in /work/shared/seed-docs, public Chinese government texts) and
 * the wording every seed record's `provenance.source` uses to cite them.
 */
export const DOCUMENTS = {
  '000': '太仓市科技局2024年专题报道《太仓：以科技力量，为新质生产力赋能》(seed-docs/000)',
  '001': '《太仓市“十四五”科技创新规划》(seed-docs/001)',
  '003': '昆山市“十四五”科技发展规划 (seed-docs/003)',
} as const;

/** Appended to every named record: which of its fields are not in the documents. */
export const ESTIMATED_FIELDS_NOTE =
  '文件未给出的字段均为估计（投用/开工日期、分期、文件未给出的面积与级别、位置=所在区镇中心附近）。Fields the documents do not give are estimated: dates, phases, areas and tiers not stated, location (near the town centre).';

/** The rule for tiers the documents do not state: the lowest tier, county (县级市级). */
export const ASSUMED_TIER_NOTE = '级别文件未载，按最低一级（县级市级）假定 / tier not in the documents: lowest (county) assumed';

export const SYNTHETIC_SOURCE_TAICANG =
  '合成示例数据（非真实载体）：按[001]第一章三（2020年底基数）与[000]三（2024年各级载体65家、省级以上38家、国家级8家）校准，见 seeds/README.md。Synthetic demo record, not a real carrier: calibrated to the published Taicang aggregates; see seeds/README.md.';

export const SYNTHETIC_SOURCE_KUNSHAN =
  '合成示例数据（非真实载体）：按[003]一（一）3（2020年底孵化器53家、众创空间87家、累计启用科创空间422.38万平方米）校准，见 seeds/README.md。Synthetic demo record, not a real carrier: calibrated to the published Kunshan 2020 aggregates; see seeds/README.md.';
