import LockIcon from '@mui/icons-material/Lock';
import { Avatar, Box, Button, ButtonGroup, Card, Typography } from '@mui/material';
import { useEffect } from 'react';
import { useCheckAuth, useLocaleState, useNavigate, useTranslate } from 'react-admin';
import { LOCALES } from '../i18n';
import { LoginForm } from './LoginForm';

/**
 * The sign-in form under the product's name, with the language switch a visitor needs before signing in.
 * react-admin's <Login> page, rebuilt so that its default form (and the form library) stays out of the first load.
 */
export const LoginPage = () => {
  const checkAuth = useCheckAuth();
  const navigate = useNavigate();
  useEffect(() => {
    // already signed in: the home page (as react-admin's <Login> does)
    checkAuth({}, false)
      .then(() => navigate('/'))
      .catch(() => {});
  }, [checkAuth, navigate]);
  return (
    <Box
      sx={{
        display: 'flex',
        flexDirection: 'column',
        minHeight: '100vh',
        alignItems: 'center',
        backgroundImage: 'radial-gradient(circle at 50% 14em, #313264 0%, #00023b 60%, #00023b 100%)',
      }}
    >
      <Card sx={{ minWidth: 300, mt: '6em' }}>
        <Box sx={{ m: '1em', display: 'flex', justifyContent: 'center' }}>
          <Avatar sx={{ bgcolor: 'secondary.main' }}>
            <LockIcon />
          </Avatar>
        </Box>
        <ProductName />
        <LoginForm />
        <LanguageSwitch />
      </Card>
    </Box>
  );
};

const ProductName = () => {
  const translate = useTranslate();
  return (
    <Typography variant="h6" component="h1" align="center" sx={{ px: 2 }} data-testid="product-name">
      {translate('app.title')}
    </Typography>
  );
};

export const LanguageSwitch = () => {
  const [locale, setLocale] = useLocaleState();
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', pb: 2 }}>
      <ButtonGroup size="small" variant="text" data-testid="language-switch">
        {LOCALES.map((option) => (
          <Button
            key={option.locale}
            lang={option.locale}
            aria-pressed={locale === option.locale}
            disabled={locale === option.locale}
            onClick={() => setLocale(option.locale)}
          >
            {option.name}
          </Button>
        ))}
      </ButtonGroup>
    </Box>
  );
};
