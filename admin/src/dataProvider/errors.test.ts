import { describe, expect, it } from 'vitest';
import { fieldErrorsOf, graphQLErrorsOf, mapGraphQLError } from './errors';

const badInput = {
  message: '输入有误',
  extensions: { code: 'BAD_USER_INPUT', fields: { creditCode: '统一社会信用代码校验位错误：应为 3', name: '必填' } },
};

describe('mapGraphQLError', () => {
  it('maps BAD_USER_INPUT fields to react-admin server-side validation errors', () => {
    // the shape ra-data-graphql throws: HttpError(message, 200, ApolloError)
    const thrown = { message: '输入有误', status: 200, body: { graphQLErrors: [badInput] } };
    expect(mapGraphQLError(thrown)).toEqual({
      message: '输入有误',
      status: 400,
      code: 'BAD_USER_INPUT',
      body: {
        code: 'BAD_USER_INPUT',
        errors: { creditCode: '统一社会信用代码校验位错误：应为 3', name: '必填', root: { serverError: '输入有误' } },
      },
    });
  });

  it('maps UNAUTHENTICATED to 401 so that checkError logs the user out', () => {
    const thrown = { message: '请先登录', graphQLErrors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] };
    expect(mapGraphQLError(thrown)).toEqual({ message: '请先登录', status: 401, code: 'UNAUTHENTICATED' });
  });

  it('maps FORBIDDEN, NOT_FOUND and CONFLICT to their HTTP statuses', () => {
    for (const [code, status] of [
      ['FORBIDDEN', 403],
      ['NOT_FOUND', 404],
      ['CONFLICT', 409],
    ] as const) {
      const mapped = mapGraphQLError({ body: { graphQLErrors: [{ message: '不允许', extensions: { code } }] } });
      expect(mapped.status).toBe(status);
      expect(mapped.body).toBeUndefined();
    }
  });

  it('reads errors from a network error result (non-2xx GraphQL response)', () => {
    const thrown = { message: 'Response not successful', networkError: { result: { errors: [badInput] } } };
    expect(mapGraphQLError(thrown).body?.errors?.creditCode).toBe('统一社会信用代码校验位错误：应为 3');
  });

  it('keeps unknown errors as they are', () => {
    expect(mapGraphQLError(new Error('Failed to fetch'))).toEqual({ message: 'Failed to fetch', status: 500 });
    expect(mapGraphQLError({ message: 'x', status: 502 })).toEqual({ message: 'x', status: 502 });
    expect(mapGraphQLError('boom')).toEqual({ message: 'boom', status: 500 });
  });
});

describe('fieldErrorsOf', () => {
  it('joins several messages for the same field', () => {
    const errors = [
      { message: 'a', extensions: { fields: { name: '太长' } } },
      { message: 'b', extensions: { fields: { name: ['重复'] } } },
    ];
    expect(fieldErrorsOf(errors)).toEqual({ name: '太长；重复' });
  });

  it('ignores errors without fields', () => {
    expect(fieldErrorsOf([{ message: 'x' }])).toEqual({});
    expect(graphQLErrorsOf(null)).toEqual([]);
  });
});
