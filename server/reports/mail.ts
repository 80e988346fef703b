import nodemailer from 'nodemailer';

export interface ReminderMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends reminder e-mails through the configured SMTP server (an smtp:// URL) or, in tests,
 * a nodemailer transport's options (jsonTransport, streamTransport: no network). Returns
 * how many were accepted; one refused address does not stop the others.
 */
export async function sendReminderMails(smtp: string | Record<string, unknown>, from: string, mails: ReminderMail[]): Promise<number> {
  if (mails.length === 0) return 0;
  const transport = nodemailer.createTransport(smtp as Parameters<typeof nodemailer.createTransport>[0]);
  let sent = 0;
  try {
    for (const mail of mails) {
      try {
        await transport.sendMail({ from, ...mail });
        sent += 1;
      } catch {
        // An unreachable or refused address: the in-app reminder still reached the owner.
      }
    }
  } finally {
    transport.close();
  }
  return sent;
}
