import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { Button, Link, Title, useGetIdentity, useTranslate } from 'react-admin';
import type { Region } from '../domain';

// the to-do list and the calendar warning come after the greeting, each a chunk of its own (issue 8, defect 6)
const TodoWidget = lazy(async () => ({ default: (await import('./TodoWidget')).TodoWidget }));
const CalendarWarning = lazy(async () => ({ default: (await import('../common/CalendarWarning')).CalendarWarning }));

interface Identity {
  fullName?: string;
  regions?: Region[];
  roles?: string[];
}

const Widget = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Card sx={{ flex: '1 1 260px', minWidth: 260 }}>
    <CardContent>
      <Typography variant="overline" color="text.secondary">
        {title}
      </Typography>
      <Box sx={{ mt: 1 }}>{children}</Box>
    </CardContent>
  </Card>
);

const Greeting = ({ name }: { name: string }) => {
  const translate = useTranslate();
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h5" component="h2" data-testid="greeting">
          {translate('app.dashboard.greeting', { name })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('app.dashboard.subtitle')}
        </Typography>
      </CardContent>
    </Card>
  );
};

const RegionsWidget = ({ regions }: { regions: Region[] }) => {
  const translate = useTranslate();
  return (
    <Widget title={translate('app.dashboard.regions')}>
      {regions.length ? (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="regions">
          {regions.map((r) => (
            // a chip opens the institutions of its region: it looks clickable because it is
            <Chip
              key={r.id}
              label={r.name}
              color="primary"
              variant="outlined"
              clickable
              component={Link}
              to={`/Institution?filter=${encodeURIComponent(JSON.stringify({ regionId: r.id }))}`}
            />
          ))}
        </Stack>
      ) : (
        <Typography>{translate('app.dashboard.no_regions')}</Typography>
      )}
    </Widget>
  );
};

const RolesWidget = ({ roles }: { roles: string[] }) => {
  const translate = useTranslate();
  return (
    <Widget title={translate('app.dashboard.roles')}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="roles">
        {roles.map((role) => (
          <Chip key={role} label={translate(`enums.Role.${role}`, { _: role })} />
        ))}
      </Stack>
    </Widget>
  );
};

const ShortcutsWidget = () => {
  const translate = useTranslate();
  return (
    <Widget title={translate('app.dashboard.shortcuts')}>
      <Button component={Link} to="/Institution" label="app.dashboard.open_institutions" variant="outlined" />
    </Widget>
  );
};

/** The home page: a greeting by display name, the to-do list, the user's regions and roles. */
export const Dashboard = () => {
  const { data, isPending } = useGetIdentity();
  const translate = useTranslate();
  if (isPending || !data) return null;
  const identity = data as Identity;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('ra.page.dashboard')} />
      <Greeting name={identity.fullName ?? ''} />
      <Suspense fallback={null}>
        <TodoWidget />
        <CalendarWarning />
      </Suspense>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <RegionsWidget regions={identity.regions ?? []} />
        <RolesWidget roles={identity.roles ?? []} />
        <ShortcutsWidget />
      </Stack>
    </Box>
  );
};
