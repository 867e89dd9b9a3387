import { type UseQueryResult, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type HttpError, useDataProvider, useLogoutIfAccessDenied } from 'react-admin';
import type { PolicyMethods } from '../dataProvider/policyMethods';

type Results = { [K in keyof PolicyMethods]: Awaited<ReturnType<PolicyMethods[K]>> };
type Call = (...args: unknown[]) => Promise<unknown>;

/** The data provider with the policy-data page's custom methods. */
export function usePolicyProvider(): PolicyMethods {
  return useDataProvider() as unknown as PolicyMethods;
}

/** A react-query read of one custom method; an expired session signs the user out. */
export function usePolicyQuery<K extends keyof PolicyMethods>(
  method: K,
  ...args: Parameters<PolicyMethods[K]>
): UseQueryResult<Results[K], HttpError> {
  const provider = usePolicyProvider();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useQuery<unknown, HttpError>({
    queryKey: ['policyData', method, ...args],
    queryFn: async () => {
      try {
        return await (provider[method] as unknown as Call)(...args);
      } catch (error) {
        void logoutIfAccessDenied(error as HttpError);
        throw error;
      }
    },
  }) as UseQueryResult<Results[K], HttpError>;
}

/** A react-query change through a custom method; every policy-data read is refetched after it. */
export function usePolicyMutation<K extends keyof PolicyMethods>(method: K) {
  const provider = usePolicyProvider();
  const client = useQueryClient();
  return useMutation<Results[K], HttpError, Parameters<PolicyMethods[K]>>({
    mutationFn: (args) => (provider[method] as unknown as Call)(...args) as Promise<Results[K]>,
    onSuccess: () => client.invalidateQueries({ queryKey: ['policyData'] }),
  });
}
