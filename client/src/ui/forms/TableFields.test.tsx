import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { carrierFields } from '@shared/carriers/fields/carrier';
import { phaseFields } from '@shared/carriers/fields/phase';
import * as zh from '../../i18n/zh';
import { TableFields } from './TableFields';
import { draftValues, submissionValues } from './tableDraft';

async function render(element: React.ReactElement): Promise<string> {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ lng: 'zh', resources: { zh: { ...zh } }, defaultNS: 'common', interpolation: { escapeValue: false } });
  return renderToStaticMarkup(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>);
}

describe('a form section drawn from a field table', () => {
  it('shows every plain field of the carrier’s basics with its control, label and limit: the website (官网) as a URL input', async () => {
    const html = await render(<TableFields table={carrierFields} section="basics" values={draftValues(carrierFields)} onChange={() => undefined} />);
    expect(html).toMatch(/<label[^>]*>官网<\/label><input[^>]*type="url"[^>]*maxLength="200"/);
    expect(html).toContain('>载体名称<');
    expect(html).toContain('请选择类型');
    // Custom fields (region, industries) are left to their own components.
    expect(html).not.toContain('>产业领域<');
  });

  it('renders the custom fields it is given where the table lists them', async () => {
    const html = await render(
      <TableFields table={carrierFields} section="basics" values={draftValues(carrierFields)} onChange={() => undefined} custom={{ region: () => <p>REGION</p>, industries: () => <p>INDUSTRIES</p> }} />,
    );
    expect(html.indexOf('REGION')).toBeGreaterThan(html.indexOf('类型'));
    expect(html.indexOf('INDUSTRIES')).toBeGreaterThan(html.indexOf('官网'));
  });
});

describe('the table draft', () => {
  it('reads numbers and dates as the import does: 0.8万 and full-width digits, 2024年5月1日', () => {
    const values = submissionValues(phaseFields, { ...draftValues(phaseFields), label: '一期', status: 'open', incubationAreaM2: '0.8万', floorAreaM2: '１２０００', openedOn: '2024年5月1日' });
    expect(values).toMatchObject({ label: '一期', status: 'open', incubationAreaM2: 8000, floorAreaM2: 12000, openedOn: '2024-05-01' });
  });

  it('leaves an unanswered select out, so the schema asks for it, and sends a blank text to clear it', () => {
    const values = submissionValues(carrierFields, { ...draftValues(carrierFields), website: '' });
    expect(values).not.toHaveProperty('kind');
    expect(values.website).toBe('');
  });
});
