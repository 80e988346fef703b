import { z } from 'zod';
import { defineFields, inputShape } from '../../fields/table';
import { emailAddress, phoneNumber, text } from '../../fields/text';
import { MAX_TEXT_LENGTH } from '../limits';

const ShortText = text({ max: MAX_TEXT_LENGTH });

/** Who to call about the carrier: for the bureau's staff, not published. */
export const contactFields = defineFields({
  person: {
    label: { zh: '联系人', en: 'Contact person' },
    input: ShortText.optional(),
    column: { key: 'contactPerson', aliases: ['联系人姓名', '负责人'], cell: 'text', width: 10 },
    form: { control: 'text', section: 'contact', maxLength: MAX_TEXT_LENGTH },
    diff: 'text',
  },
  phone: {
    label: { zh: '电话', en: 'Phone' },
    input: phoneNumber().optional(),
    column: { key: 'contactPhone', header: { zh: '联系电话', en: 'Phone' }, aliases: ['电话', '手机', '联系方式'], cell: 'text', width: 14 },
    form: { control: 'tel', section: 'contact', maxLength: 40 },
    diff: 'text',
  },
  email: {
    label: { zh: '电子邮箱', en: 'Email' },
    input: emailAddress(MAX_TEXT_LENGTH).optional(),
    column: { key: 'contactEmail', aliases: ['邮箱', 'e-mail', 'email'], cell: 'text', width: 20 },
    form: { control: 'email', section: 'contact', maxLength: MAX_TEXT_LENGTH },
    diff: 'text',
  },
});

export const ContactSchema = z.strictObject(inputShape(contactFields));
export type Contact = z.infer<typeof ContactSchema>;
