export const closing = {
  final: 'The plan period has ended: this is the final result (not yet closed).',
  reported: 'Reported {{value}} on {{date}}',
  corrected: '; corrected to {{value}} ({{delta}}).',
  added_one: 'Now counted: {{names}}.',
  added_other: '{{count}} now counted: {{names}}.',
  removed_one: 'No longer counted: {{names}}.',
  removed_other: '{{count}} no longer counted: {{names}}.',
  close: 'Close the period: freeze the final figures to {{to}}',
  closeHint: 'Once closed, corrections to the records show as corrections beside the reported figure, never as a silent change.',
  confirm: 'Close the period? The final figures to {{to}} will be frozen; this cannot be undone.',
};
