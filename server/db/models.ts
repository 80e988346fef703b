import type { Connection } from 'mongoose';
import { auditModel } from '../audit/model';
import { carrierModel } from '../carriers/model';
import { importBatchModel } from '../carriers/transfer/importBatch';
import { changeModel } from '../changes/model';
import { periodClosingModel } from '../closings/model';
import { metaModel } from '../meta/model';
import { notificationModel, reportingPeriodModel, reportModel } from '../reports/model';
import { scenarioModel } from '../scenarios/model';
import { targetModel } from '../targets/model';
import { overlapModel } from '../tiers/model';
import { userModel } from '../users/model';

/** Every model, bound to one connection so several apps (tests, instances) can coexist. */
export function registerModels(connection: Connection) {
  return {
    Audit: auditModel(connection),
    Carrier: carrierModel(connection),
    Change: changeModel(connection),
    ImportBatch: importBatchModel(connection),
    Meta: metaModel(connection),
    Notification: notificationModel(connection),
    Report: reportModel(connection),
    ReportingPeriod: reportingPeriodModel(connection),
    Overlap: overlapModel(connection),
    PeriodClosing: periodClosingModel(connection),
    Scenario: scenarioModel(connection),
    Target: targetModel(connection),
    User: userModel(connection),
  };
}

export type Models = ReturnType<typeof registerModels>;
