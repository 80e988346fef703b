import { containsNumberWrappers, toPlain, type Doc } from '../values/typed';

/**
 * Stored documents keep Double/Long wrappers where a plain number would change the
 * BSON type on the way out. mingo cannot compare wrappers, so such documents get a
 * plain twin that queries run against; the twin maps back to the stored original.
 * Most documents hold no wrappers and are their own view.
 */
const plainViews = new WeakMap<Doc, Doc>();
const storedByView = new WeakMap<Doc, Doc>();
/** Until the first twin exists, every lookup can be skipped (the common case). */
let anyTwins = false;

export function rememberStored(doc: Doc): void {
  if (!containsNumberWrappers(doc)) return;
  const view = toPlain(doc) as Doc;
  plainViews.set(doc, view);
  storedByView.set(view, doc);
  anyTwins = true;
}

export const plainView = (doc: Doc): Doc => (anyTwins ? plainViews.get(doc) ?? doc : doc);

export const hasPlainTwin = (doc: Doc): boolean => plainViews.has(doc);

/** The stored document behind a view (itself when it has no twin). */
export const storedOf = (view: Doc): Doc => storedByView.get(view) ?? view;
