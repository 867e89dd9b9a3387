import { formatCitation } from '@ltci/shared';
import { useCallback } from 'react';
import { useLocaleState } from 'react-admin';

/** Formats a citation ("Qinhuangdao art. 75") as the UI's language cites it. */
export function useCitation(): (citation: string) => string {
  const [locale] = useLocaleState();
  return useCallback((citation: string) => formatCitation(citation, locale), [locale]);
}
