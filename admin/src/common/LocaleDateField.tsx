import { DateField, type DateFieldProps, useLocaleState } from 'react-admin';

/** A date (and time) formatted in the locale the user chose in the app bar, not the browser's. */
export const LocaleDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField showTime locales={locale} {...props} />;
};
