import { Box, Button, ButtonGroup, Typography } from '@mui/material';
import { Login, LoginForm, useLocaleState, useTranslate } from 'react-admin';
import { LOCALES } from '../i18n';

/** The sign-in form under the product's name, with the language switch a visitor needs before signing in. */
export const LoginPage = () => (
  <Login>
    <ProductName />
    <LoginForm />
    <LanguageSwitch />
  </Login>
);

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
