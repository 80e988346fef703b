import { Router } from 'express';
import type { ChangeService } from '../../changes/service';
import type { AppContext } from '../../context';
import type { CarrierService } from '../service';

/** Import (CSV/XLSX, dry run then all-or-nothing commit), template and export. */
export function transferRoutes(_context: AppContext, _carriers: CarrierService, _changes: ChangeService): Router {
  return Router();
}
