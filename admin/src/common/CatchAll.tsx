import HotTub from '@mui/icons-material/HotTub';
import { Box, Button, Typography } from '@mui/material';
import { AccessDenied, Title, useTranslate } from 'react-admin';
import { useLocation } from 'react-router';
import { canAccess, isKnownResource } from '../auth/permissions';
import { getStoredUser } from '../auth/session';

/** react-admin's action for a resource path: /R, /R/create, /R/:id, /R/:id/show. */
function actionOf(rest: string[]): string {
  if (rest.length === 0) return 'list';
  if (rest[0] === 'create') return 'create';
  return rest[1] === 'show' ? 'show' : 'edit';
}

/**
 * A page of a resource the user may not open is answered 拒绝访问, as react-admin answers a
 * forbidden edit (such pages are not declared for the user, so they would otherwise be 未找到);
 * any other unknown address is 未找到, in the UI's language and punctuation.
 */
export const CatchAll = () => {
  const { pathname } = useLocation();
  const [resource = '', ...rest] = pathname.split('/').filter(Boolean);
  if (isKnownResource(resource) && !canAccess(getStoredUser()?.roles ?? [], resource, actionOf(rest))) return <AccessDenied />;
  return <NotFoundPage />;
};

const NotFoundPage = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', mt: 6 }} data-testid="not-found">
      <Title title={translate('ra.page.not_found')} />
      <HotTub sx={{ width: '9em', height: '9em', opacity: 0.5 }} />
      <Typography variant="h4" component="h1">
        {translate('ra.page.not_found')}
      </Typography>
      <Typography sx={{ my: 2 }}>{translate('app.not_found')}</Typography>
      <Button variant="contained" onClick={() => history.back()}>
        {translate('ra.action.back')}
      </Button>
    </Box>
  );
};
