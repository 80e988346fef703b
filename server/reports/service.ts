import type { Request } from 'express';
import mongoose from 'mongoose';
import type { CarrierRecord } from '@shared/carriers/record';
import { diffRecords } from '@shared/carriers/diff';
import { addMonths, todayInChina } from '@shared/dates';
import { editsAreVerified, type Actor } from '@shared/policies';
import { findRegion, regionAndDescendants } from '@shared/regions';
import type {
  CarrierReportState,
  CarrierReportView,
  FreshnessView,
  MyReportingView,
  PendingReportView,
  PeriodUpdate,
  PeriodView,
  ReminderResult,
  ReportingCounts,
  ReportingStatusView,
  ReportView,
  TargetFreshness,
} from '@shared/api/reports';
import { acceptsReportFrom, currentPeriodYear, defaultPeriod, expectedToReport, lastClosedYear, periodState, RECORD_STALE_MONTHS, type ReportingPeriod } from '@shared/reports/periods';
import { reportErrorsAgainst, reportWarnings, type ReportFigures, type ReportWarning } from '@shared/reports/rules';
import type { ReportInput } from '@shared/reports/schema';
import { translate, type Language } from '@shared/validation/messages';
import { recordAudit } from '../audit/record';
import { authorize } from '../auth/guards';
import type { CarrierService } from '../carriers/service';
import type { RegistrySnapshot } from '../carriers/snapshot';
import type { AppContext } from '../context';
import { AppError, conflict, validationFailed } from '../http/errors';
import { requestLanguage } from '../http/language';
import type { ChangeLean } from '../changes/presenter';
import { presentChange } from '../changes/presenter';
import { reportLookups } from './lookups';
import { sendReminderMails, type ReminderMail } from './mail';
import type { ReportDocumentFields } from './model';
import { figuresOf, presentReport } from './presenter';

const periodClosed = (period: ReportingPeriod, state: string) =>
  state === 'upcoming'
    ? conflict('period_not_open', `${period.year} 年度统计填报期尚未开始（${period.opensOn} 开始）`, `Reporting for ${period.year} opens on ${period.opensOn}`, { opensOn: period.opensOn, dueOn: period.dueOn })
    : conflict(
        'period_closed',
        `${period.year} 年度统计已于 ${period.dueOn} 截止；逾期填报须由规划人员为该载体重新开放`,
        `Reporting for ${period.year} closed on ${period.dueOn}; a late report needs a planner to reopen the period for this carrier`,
        { opensOn: period.opensOn, dueOn: period.dueOn },
      );

/** Plausibility warnings that need a comment before the report is accepted. */
function confirmationRequired(warnings: ReportWarning[], language: Language) {
  return new AppError(
    400,
    'confirmation_required',
    { zh: '部分数据变化较大或密度偏高，请在“说明”中解释后再提交', en: 'Some figures look implausible; explain them in the comment to confirm' },
    warnings.map((warning) => ({ path: warning.path, code: warning.code, message: translate(warning.code, language) })),
    { warnings },
  );
}

interface PeriodLean {
  year: number;
  opensOn: string;
  dueOn: string;
  reopenedFor?: string[];
}

/**
 * The yearly cycle: reporting periods, carriers' reports (a manager's waits in the review
 * queue; a planner's is verified at once), the progress of the reporting per district,
 * reminders to overdue owners, and each carrier's freshness.
 */
export function reportService(context: AppContext, carriers: CarrierService, snapshot: RegistrySnapshot) {
  const { Report, ReportingPeriod: Periods, Change, User, Notification } = context.db.models;
  const lookups = reportLookups(context.db.models);
  const now = () => new Date(context.now());
  const today = () => todayInChina(now());

  async function storedPeriods(): Promise<Map<number, ReportingPeriod>> {
    const docs = await Periods.find({}).lean<PeriodLean[]>();
    return new Map(docs.map((doc) => [doc.year, { year: doc.year, opensOn: doc.opensOn, dueOn: doc.dueOn, reopenedFor: doc.reopenedFor ?? [] }]));
  }

  async function periodOf(year: number): Promise<ReportingPeriod> {
    const doc = await Periods.findOne({ year }).lean<PeriodLean>();
    return doc ? { year, opensOn: doc.opensOn, dueOn: doc.dueOn, reopenedFor: doc.reopenedFor ?? [] } : defaultPeriod(year);
  }

  function viewOf(period: ReportingPeriod, custom: boolean): PeriodView {
    return { ...period, state: periodState(period, today()), custom };
  }

  async function pendingReport(carrierId: string, year: number): Promise<PendingReportView | null> {
    const change = await Change.findOne({ subject: 'report', carrierId, year, status: 'pending' }).lean<ChangeLean>();
    if (!change) return null;
    const proposed = (change.proposed ?? {}) as { figures?: ReportFigures; warnings?: ReportWarning[] };
    return {
      changeId: change._id.toString(),
      figures: proposed.figures ?? {},
      warnings: proposed.warnings ?? [],
      submittedBy: { id: change.submittedBy, username: change.submittedByName ?? null },
      submittedAt: change.submittedAt.toISOString(),
    };
  }

  /** Writes a report as verified: the planner's own, or a manager's the planner approved. */
  async function writeVerified(
    actor: Actor,
    carrier: Pick<CarrierRecord, 'id' | 'name'>,
    year: number,
    figures: ReportFigures,
    meta: { submittedBy: string; submittedByName?: string; submittedAt: Date; warnings: ReportWarning[]; changeId?: string },
    request: Request,
  ): Promise<ReportView> {
    const before = await Report.findOne({ carrierId: carrier.id, year }).lean<ReportDocumentFields>();
    const unset = Object.fromEntries(Object.keys(figuresOf((before ?? {}) as Record<string, unknown>)).filter((key) => !(key in figures)).map((key) => [key, 1]));
    const doc = await Report.findOneAndUpdate(
      { carrierId: carrier.id, year },
      {
        $set: {
          ...figures,
          submittedBy: meta.submittedBy,
          submittedByName: meta.submittedByName,
          submittedAt: meta.submittedAt,
          verifiedBy: actor.id,
          verifiedByName: actor.username,
          verifiedAt: now(),
          synthetic: false,
          warnings: meta.warnings,
        },
        ...(Object.keys(unset).length ? { $unset: unset } : {}),
        $setOnInsert: { carrierId: carrier.id, year },
      },
      { upsert: true, returnDocument: 'after' },
    ).lean<ReportDocumentFields>();
    const diff = diffRecords(before ? figuresOf(before as unknown as Record<string, unknown>) : {}, figures);
    await recordAudit(
      context.db.models,
      { action: 'report:verify', outcome: 'success', actor, target: { type: 'carrier', id: carrier.id, label: carrier.name }, diff, details: { year, ...(meta.changeId ? { changeId: meta.changeId } : {}) }, request },
      context.now,
    );
    return presentReport(doc!);
  }

  /** Each carrier's state for a year's period, for the status and the manager's home. */
  function stateOf(carrierId: string, verified: Set<string>, pending: Set<string>, period: ReportingPeriod): CarrierReportState {
    if (verified.has(carrierId)) return 'verified';
    if (pending.has(carrierId)) return 'submitted';
    return periodState(period, today()) === 'closed' ? 'overdue' : 'outstanding';
  }

  async function yearStates(year: number) {
    const [verifiedReports, pendingChanges] = await Promise.all([
      Report.find({ year }, { carrierId: 1 }).lean(),
      Change.find({ subject: 'report', year, status: 'pending' }, { carrierId: 1 }).lean(),
    ]);
    return { verified: new Set(verifiedReports.map((report) => report.carrierId)), pending: new Set(pendingChanges.map((change) => change.carrierId!)) };
  }

  async function usernames(ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)].filter((id) => mongoose.isValidObjectId(id));
    if (unique.length === 0) return new Map();
    const users = await User.find({ _id: mongoose.trusted({ $in: unique }) }, { username: 1 }).lean();
    return new Map(users.map((user) => [user._id.toString(), user.username]));
  }

  async function expectedCarriers(year: number, region: string): Promise<readonly CarrierRecord[]> {
    const inside = new Set(regionAndDescendants(region));
    return (await snapshot.verified()).filter((carrier) => inside.has(carrier.region) && expectedToReport(carrier, year));
  }

  async function status(year: number, region: string): Promise<ReportingStatusView> {
    const [period, stored, expected, states] = await Promise.all([periodOf(year), Periods.exists({ year }), expectedCarriers(year, region), yearStates(year)]);
    const empty = (): ReportingCounts => ({ expected: 0, submitted: 0, verified: 0, overdue: 0 });
    const total = empty();
    const perDistrict = new Map<string | null, ReportingCounts>();
    const overdue: CarrierRecord[] = [];
    for (const carrier of expected) {
      const state = stateOf(carrier.id, states.verified, states.pending, period);
      const district = carrier.district ?? null;
      const counts = perDistrict.get(district) ?? empty();
      perDistrict.set(district, counts);
      for (const tally of [total, counts]) {
        tally.expected += 1;
        if (state === 'verified' || state === 'submitted') tally.submitted += 1;
        if (state === 'verified') tally.verified += 1;
        if (state === 'overdue') tally.overdue += 1;
      }
      if (state === 'overdue') overdue.push(carrier);
    }
    const names = await usernames(overdue.flatMap((carrier) => carrier.owners));
    return {
      year,
      region,
      period: viewOf(period, Boolean(stored)),
      ...total,
      districts: [...perDistrict].map(([district, counts]) => ({ district, ...counts })).sort((a, b) => String(a.district).localeCompare(String(b.district))),
      overdueCarriers: overdue
        .map((carrier) => ({ id: carrier.id, name: carrier.name, district: carrier.district ?? null, owners: carrier.owners.map((id) => ({ id, username: names.get(id) ?? null })) }))
        .sort((a, b) => a.name.localeCompare(b.name, 'zh')),
    };
  }

  return {
    lookups,
    periodOf,

    async periods(): Promise<PeriodView[]> {
      const stored = await storedPeriods();
      const current = currentPeriodYear(today(), (year) => stored.get(year) ?? defaultPeriod(year));
      const years = new Set([...stored.keys(), current + 1, current, current - 1, current - 2]);
      return [...years].sort((a, b) => b - a).map((year) => viewOf(stored.get(year) ?? defaultPeriod(year), stored.has(year)));
    },

    async setPeriod(actor: Actor, year: number, update: PeriodUpdate, request: Request): Promise<PeriodView> {
      const before = await periodOf(year);
      const after: ReportingPeriod = { year, opensOn: update.opensOn, dueOn: update.dueOn, reopenedFor: [...new Set(update.reopenedFor ?? before.reopenedFor)] };
      await Periods.updateOne({ year }, { $set: { ...after, updatedBy: actor.id, updatedAt: now() } }, { upsert: true });
      await recordAudit(
        context.db.models,
        { action: 'reporting:period', outcome: 'success', actor, target: { type: 'reportingPeriod', id: String(year), label: String(year) }, diff: diffRecords(before, after), request },
        context.now,
      );
      return viewOf(after, true);
    },

    async listForCarrier(request: Request, carrierId: string) {
      const carrier = await carriers.load(carrierId);
      await authorize(context, request, 'report:read', carrier);
      const [reports, pending] = await Promise.all([
        lookups.verifiedReportsOf(carrier.id),
        Change.find({ subject: 'report', carrierId: carrier.id, status: 'pending' }, { year: 1, submittedAt: 1 }).lean(),
      ]);
      return {
        carrierId: carrier.id,
        items: reports,
        pendingYears: pending.map((change) => change.year!).sort((a, b) => b - a),
        freshness: await freshnessOf(carrier),
      };
    },

    async get(request: Request, carrierId: string, year: number): Promise<CarrierReportView> {
      const carrier = await carriers.load(carrierId);
      await authorize(context, request, 'report:read', carrier);
      const [period, stored, report, previous, pending] = await Promise.all([
        periodOf(year),
        Periods.exists({ year }),
        lookups.verifiedReport(carrier.id, year),
        lookups.verifiedReport(carrier.id, year - 1),
        pendingReport(carrier.id, year),
      ]);
      return { carrierId: carrier.id, year, period: { ...viewOf(period, Boolean(stored)), acceptsReport: acceptsReportFrom(period, carrier.id, today()) }, report, pending, previous };
    },

    /**
     * A report for a year: refused for a carrier the caller does not own (403), outside its
     * period for a manager (409), against last year's figures (400), and until a comment
     * explains its plausibility warnings (400 confirmation_required). A manager's becomes a
     * pending change (202); a planner's is verified at once (200).
     */
    async submit(request: Request, carrierId: string, year: number, input: ReportInput) {
      const carrier = await carriers.load(carrierId);
      const actor = await authorize(context, request, 'report:submit', carrier);
      const verifiedAtOnce = editsAreVerified(actor);
      const period = await periodOf(year);
      if (!verifiedAtOnce && !acceptsReportFrom(period, carrier.id, today())) throw periodClosed(period, periodState(period, today()));
      const language = requestLanguage(request);
      const previous = await lookups.verifiedReport(carrier.id, year - 1);
      const errors = reportErrorsAgainst(input, previous);
      if (errors.length) throw validationFailed(errors.map((issue) => ({ path: issue.path, code: issue.code, message: translate(issue.code, language) })));
      const warnings = reportWarnings(input, previous);
      if (warnings.length && !input.comment?.trim()) throw confirmationRequired(warnings, language);
      const figures = figuresOf(input as Record<string, unknown>);

      if (verifiedAtOnce) {
        // A planner's report replaces whatever a manager had waiting for the same year.
        await Change.updateMany({ subject: 'report', carrierId: carrier.id, year, status: 'pending' }, { $set: { status: 'superseded', reviewedAt: now() } });
        const report = await writeVerified(actor, carrier, year, figures, { submittedBy: actor.id, submittedByName: actor.username, submittedAt: now(), warnings }, request);
        return { status: 200, body: { report, change: null } };
      }

      const current = await lookups.verifiedReport(carrier.id, year);
      const diff = diffRecords(current ? figuresOf(current as unknown as Record<string, unknown>) : {}, figures);
      await Change.updateMany({ subject: 'report', carrierId: carrier.id, year, status: 'pending' }, { $set: { status: 'superseded', reviewedAt: now() } });
      const created = await Change.create({
        subject: 'report',
        year,
        action: 'update',
        status: 'pending',
        carrierId: carrier.id,
        region: carrier.region,
        carrierName: carrier.name,
        proposed: { figures, warnings },
        diff,
        submittedBy: actor.id,
        submittedByName: actor.username,
        submittedAt: now(),
      });
      const change = presentChange(created.toObject() as ChangeLean);
      await recordAudit(
        context.db.models,
        { action: 'change:submit', outcome: 'success', actor, target: { type: 'carrier', id: carrier.id, label: carrier.name }, diff, details: { changeId: change.id, subject: 'report', year }, request },
        context.now,
      );
      return { status: 202, body: { report: current, change } };
    },

    /** Approving a report change verifies it (called by the review queue). */
    async approveChange(actor: Actor, change: ChangeLean, request: Request): Promise<ReportView> {
      const proposed = (change.proposed ?? {}) as { figures?: ReportFigures; warnings?: ReportWarning[] };
      return writeVerified(
        actor,
        { id: change.carrierId!, name: change.carrierName },
        change.year!,
        proposed.figures ?? {},
        { submittedBy: change.submittedBy, submittedByName: change.submittedByName ?? undefined, submittedAt: change.submittedAt, warnings: proposed.warnings ?? [], changeId: change._id.toString() },
        request,
      );
    },

    status,

    /** Live verified carriers of a set of regions, by name. */
    async carriersIn(regions: Set<string>): Promise<CarrierRecord[]> {
      return (await snapshot.verified()).filter((carrier) => regions.has(carrier.region)).sort((a, b) => a.name.localeCompare(b.name, 'zh'));
    },

    /**
     * In-app reminders to the owners of every carrier that has not reported (overdue once
     * the period closed), and e-mails to the carriers' contacts when SMTP is configured.
     */
    async remind(actor: Actor, year: number, region: string, request: Request): Promise<ReminderResult> {
      const [period, expected, states] = await Promise.all([periodOf(year), expectedCarriers(year, region), yearStates(year)]);
      const waiting = expected.filter((carrier) => {
        const state = stateOf(carrier.id, states.verified, states.pending, period);
        return state === 'overdue' || state === 'outstanding';
      });
      const byOwner = new Map<string, CarrierRecord[]>();
      for (const carrier of waiting) for (const owner of carrier.owners) byOwner.set(owner, [...(byOwner.get(owner) ?? []), carrier]);
      const overdue = periodState(period, today()) === 'closed';
      const regionName = findRegion(region)?.name ?? { zh: region, en: region };
      const created = now();
      const notifications = [...byOwner].map(([userId, owned]) => ({
        userId,
        kind: 'report_reminder' as const,
        year,
        carrierIds: owned.map((carrier) => carrier.id),
        message: {
          zh: `${overdue ? '已逾期' : '请按时填报'}：${owned.map((carrier) => carrier.name).join('、')} 的 ${year} 年度统计${overdue ? `（截止 ${period.dueOn}）` : `，截止 ${period.dueOn}`}`,
          en: `${overdue ? 'Overdue' : 'Due'}: the ${year} statistics of ${owned.map((carrier) => carrier.name).join(', ')} (due ${period.dueOn})`,
        },
        createdAt: created,
        createdBy: actor.id,
      }));
      if (notifications.length) await Notification.insertMany(notifications);
      const mails: ReminderMail[] = waiting.flatMap((carrier) =>
        carrier.contact?.email
          ? [{ to: carrier.contact.email, subject: `${carrier.name}：${year} 年度统计${overdue ? '已逾期' : '待填报'}`, text: `${carrier.name} 的 ${year} 年度统计${overdue ? `已于 ${period.dueOn} 截止，尚未提交` : `请于 ${period.dueOn} 前提交`}。请登录科创载体规划系统填报。（${regionName.zh}科技局）` }]
          : [],
      );
      const emailed = context.config.smtp ? await sendReminderMails(context.config.smtp, context.config.mailFrom, mails) : 0;
      await recordAudit(
        context.db.models,
        { action: 'reporting:remind', outcome: 'success', actor, target: { type: 'reportingPeriod', id: String(year), label: `${year} ${region}` }, details: { region, carriers: waiting.length, notified: notifications.length, emailed }, request },
        context.now,
      );
      return { notified: notifications.length, emailed, carriers: waiting.length };
    },

    /** The signed-in user's carriers (owned) and what each owes for the current period. */
    async mine(actor: Actor): Promise<MyReportingView> {
      const stored = await storedPeriods();
      const periodAt = (year: number) => stored.get(year) ?? defaultPeriod(year);
      const year = currentPeriodYear(today(), periodAt);
      const period = periodAt(year);
      const owned = (await snapshot.verified()).filter((carrier) => carrier.owners.includes(actor.id) && expectedToReport(carrier, year));
      const [states, latest, notes] = await Promise.all([
        yearStates(year),
        lookups.latestVerifiedReports(),
        Notification.find({ userId: actor.id }).sort({ createdAt: -1 }).limit(20).lean(),
      ]);
      return {
        year,
        period: viewOf(period, stored.has(year)),
        carriers: owned.map((carrier) => ({
          id: carrier.id,
          name: carrier.name,
          state: stateOf(carrier.id, states.verified, states.pending, period),
          lastVerifiedYear: latest.get(carrier.id)?.year ?? null,
          acceptsReport: acceptsReportFrom(period, carrier.id, today()),
        })),
        notifications: notes.map((note) => ({ id: note._id.toString(), message: { zh: note.message?.zh ?? '', en: note.message?.en ?? '' }, createdAt: note.createdAt.toISOString(), year: note.year ?? null })),
      };
    },

    freshnessOf,
    freshnessByCarrier,

    /**
     * Next to each target figure: the share of its area from carriers whose report for the
     * current period is verified, and the area (and number of carriers) resting on stale records.
     */
    async targetFreshness(areas: readonly Map<string, number>[], carriers: readonly CarrierRecord[]): Promise<TargetFreshness[]> {
      const stored = await storedPeriods();
      const periodYear = currentPeriodYear(today(), (year) => stored.get(year) ?? defaultPeriod(year));
      const involved = new Set(areas.flatMap((map) => [...map.keys()]));
      const records = carriers.filter((carrier) => involved.has(carrier.id));
      const [fresh, current] = await Promise.all([freshnessByCarrier(records), lookups.verifiedReportsForYear(periodYear)]);
      return areas.map((map) => {
        let total = 0;
        let verified = 0;
        let staleAreaM2 = 0;
        let staleCarriers = 0;
        for (const [carrierId, area] of map) {
          total += area;
          if (current.has(carrierId)) verified += area;
          if (fresh.get(carrierId)?.stale) {
            staleAreaM2 += area;
            staleCarriers += 1;
          }
        }
        return { verifiedShare: total > 0 ? verified / total : null, staleAreaM2, staleCarriers, periodYear };
      });
    },
  };

  /** When a carrier last reported and was verified, and whether its figures are stale. */
  async function freshnessOf(carrier: CarrierRecord): Promise<FreshnessView> {
    return (await freshnessByCarrier([carrier])).get(carrier.id)!;
  }

  /**
   * Stale: no verified report for the last closed period, or the record not confirmed
   * (verified) for 12 months.
   */
  async function freshnessByCarrier(records: readonly CarrierRecord[]): Promise<Map<string, FreshnessView>> {
    const stored = await storedPeriods();
    const asOf = today();
    const closedYear = lastClosedYear(asOf, (year) => stored.get(year) ?? defaultPeriod(year));
    const latest = await lookups.latestVerifiedReports();
    const threshold = addMonths(asOf, -RECORD_STALE_MONTHS);
    return new Map(
      records.map((carrier) => {
        const report = latest.get(carrier.id);
        const confirmedAt = carrier.provenance.verifiedAt ?? null;
        const reasons: FreshnessView['reasons'] = [];
        if (expectedToReport(carrier, closedYear) && (!report || report.year < closedYear)) reasons.push('no_verified_report');
        if (!confirmedAt || todayInChina(new Date(confirmedAt)) < threshold) reasons.push('record_unconfirmed');
        return [
          carrier.id,
          { lastReportedYear: report?.year ?? null, lastReportVerifiedAt: report?.verifiedAt ?? null, recordVerifiedAt: confirmedAt, stale: reasons.length > 0, reasons },
        ];
      }),
    );
  }
}

export type ReportService = ReturnType<typeof reportService>;
