import { Edit, SaveButton, Toolbar } from 'react-admin';
import { InstitutionForm } from './InstitutionForm';
import { toInstitutionInput } from './input';

// pessimistic: the server's BAD_USER_INPUT field messages can only be shown on a form still open
export const InstitutionEdit = () => (
  <Edit transform={toInstitutionInput} mutationMode="pessimistic" redirect="show">
    <InstitutionForm
      toolbar={
        // no delete button: an institution is deactivated with a reason on its page, never deleted (issue 8, defect 3)
        <Toolbar>
          <SaveButton />
        </Toolbar>
      }
    />
  </Edit>
);
