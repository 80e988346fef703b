import type L from 'leaflet';

/**
 * The map's stacking order, bottom to top: outlines, carriers, then the units' labels (text
 * with a halo, letting clicks through, so a cluster never hides a county's name and figure),
 * then Leaflet's own marker (600), tooltip (650) and popup (700) panes.
 */
export const MAP_PANES = {
  outlines: 'outlines',
  unitLabels: 'unitLabels',
  carriers: 'carriers',
} as const;

const Z_INDEX: Record<string, number> = { outlines: 350, carriers: 450, unitLabels: 460 };

/** Creates a pane once per map; layers name it in their `pane` option. */
export function ensurePane(map: L.Map, name: keyof typeof MAP_PANES): HTMLElement {
  const existing = map.getPane(name);
  if (existing) return existing;
  const pane = map.createPane(name);
  pane.style.zIndex = String(Z_INDEX[name]);
  if (name !== MAP_PANES.carriers) pane.style.pointerEvents = 'none';
  return pane;
}
