import { useEffect, useState } from 'react';
import { type HttpError, useLogoutIfAccessDenied } from 'react-admin';
import { requestGraphQL } from '../dataProvider/request';

export interface GraphQLState<T> {
  data?: T;
  error?: string;
  loading: boolean;
}

/** Run `query` whenever its variables change (`null`: not yet); an expired session signs the user out. */
export function useGraphQL<T>(query: string, variables: Record<string, unknown> | null): GraphQLState<T> {
  const [state, setState] = useState<GraphQLState<T>>({ loading: variables !== null });
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const key = variables === null ? null : JSON.stringify(variables);
  useEffect(() => {
    if (key === null) return;
    let current = true;
    setState({ loading: true });
    requestGraphQL<T>(query, JSON.parse(key)).then(
      (data) => {
        if (current) setState({ data, loading: false });
      },
      (error: HttpError) => {
        if (!current) return;
        void logoutIfAccessDenied(error);
        setState({ error: error.message, loading: false });
      },
    );
    return () => {
      current = false;
    };
  }, [query, key, logoutIfAccessDenied]);
  return state;
}
