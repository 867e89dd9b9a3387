import {
  Alert,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Button as MuiButton,
  Stack,
} from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { AutocompleteInput, Form, ReferenceInput, required, SaveButton, TextInput, useGetMany, useNotify, useTranslate } from 'react-admin';
import { translateError } from '../dataProvider/errors';
import { requestGraphQL } from '../dataProvider/request';

interface Relation {
  id: string;
  claimantId: string;
  relation: string;
  createdAt: string;
}

const LIST = 'query ($s: ID!) { assessorRelations(staffId: $s) { id claimantId relation createdAt } }';
const DECLARE = 'mutation ($s: ID!, $c: ID!, $r: String!) { declareAssessorRelation(staffId: $s, claimantId: $c, relation: $r) { id } }';

/**
 * An assessor's declared family or interest relations with claimants (Qinhuangdao art. 20: 与评估对象有亲属关系或利害关系的应当回避;
 * Changzhou scorecard item 5): listed, and a new one recorded (audited on the server); the draw never picks them for that claimant.
 */
export const RelationsDialog = ({ staff, onClose }: { staff: { id: string; name: string }; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [relations, setRelations] = useState<Relation[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const load = useCallback(
    () =>
      requestGraphQL<{ assessorRelations: Relation[] }>(LIST, { s: staff.id })
        .then((d) => setRelations(d.assessorRelations))
        .catch((e) => setError(translateError(e, translate))),
    [staff.id, translate],
  );
  useEffect(() => {
    load();
  }, [load]);
  const { data: claimants } = useGetMany('Claimant', { ids: (relations ?? []).map((r) => r.claimantId) });
  const nameOf = (id: string) => claimants?.find((c) => c.id === id)?.name ?? id;
  const submit = async (values: Record<string, unknown>) => {
    try {
      await requestGraphQL(DECLARE, { s: staff.id, c: values.claimantId, r: String(values.relation ?? '').trim() });
      notify('app.pool.relation_declared', { type: 'success' });
      setError(null);
      await load();
      setRound((n) => n + 1);
    } catch (e) {
      setError(translateError(e, translate));
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid="relations-dialog">
      <DialogTitle>{translate('app.pool.relations_title', { name: staff.name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <Alert severity="info">{translate('app.pool.relations_help')}</Alert>
          <List dense data-testid="relations-list">
            {(relations ?? []).map((r) => (
              <ListItem key={r.id} data-testid="relation-row">
                <ListItemText primary={`${nameOf(r.claimantId)} — ${r.relation}`} secondary={new Date(r.createdAt).toLocaleString()} />
              </ListItem>
            ))}
            {relations && relations.length === 0 ? (
              <ListItem>
                <ListItemText primary={translate('app.pool.relations_none')} />
              </ListItem>
            ) : null}
          </List>
          <Form onSubmit={submit} key={round}>
            <ReferenceInput source="claimantId" reference="Claimant">
              <AutocompleteInput
                label="app.pool.relation_claimant"
                optionText="name"
                filterToQuery={(q: string) => ({ q })}
                validate={required()}
                data-testid="relation-claimant"
              />
            </ReferenceInput>
            <TextInput
              source="relation"
              label="app.pool.relation_text"
              validate={required()}
              slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'relation-text' } }}
            />
            {error ? <Alert severity="error">{error}</Alert> : null}
            <SaveButton label="app.pool.relation_declare" data-testid="relation-save" alwaysEnable />
          </Form>
        </Stack>
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate('ra.action.close')}</MuiButton>
      </DialogActions>
    </Dialog>
  );
};
