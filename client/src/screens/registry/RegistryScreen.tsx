import { Route, Routes } from 'react-router';
import '../../ui/forms/forms.css';
import './registry.css';
import { ChangeFormPage } from './ChangeFormPage';
import { CreateCarrierPage } from './CreateCarrierPage';
import { EditCarrierPage } from './EditCarrierPage';
import { RegistryHome } from './RegistryHome';

/**
 * 载体登记: /registry (list), /registry/new, /registry/:id (edit), and a manager's own
 * submissions: /registry/changes/:changeId/edit (still pending), …/reopen (rejected).
 */
export default function RegistryScreen() {
  return (
    <Routes>
      <Route index element={<RegistryHome />} />
      <Route path="new" element={<CreateCarrierPage />} />
      <Route path=":id" element={<EditCarrierPage />} />
      <Route path="changes/:changeId/edit" element={<ChangeFormPage mode="revise" />} />
      <Route path="changes/:changeId/reopen" element={<ChangeFormPage mode="reopen" />} />
    </Routes>
  );
}
