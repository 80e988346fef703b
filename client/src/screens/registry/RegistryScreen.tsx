import { Route, Routes } from 'react-router';
import '../../ui/forms/forms.css';
import './registry.css';
import { CreateCarrierPage } from './CreateCarrierPage';
import { EditCarrierPage } from './EditCarrierPage';
import { RegistryHome } from './RegistryHome';

/** 载体登记: /registry (list), /registry/new, /registry/:id (edit). */
export default function RegistryScreen() {
  return (
    <Routes>
      <Route index element={<RegistryHome />} />
      <Route path="new" element={<CreateCarrierPage />} />
      <Route path=":id" element={<EditCarrierPage />} />
    </Routes>
  );
}
