import { describe, expect, it } from 'vitest';
import { fieldErrorsOf, graphQLErrorsOf, mapGraphQLError, type Translate, translateFields, translateMapped } from './errors';

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

describe('translateMapped / translateFields (messages by code, issue 7 item 10)', () => {
  const messages: Record<string, string> = {
    'app.errors.issue.REQUIRED': 'Required',
    'app.errors.issue.STALE_VERSION': 'Changed (version %{actual}, you saw %{expected})',
    'app.errors.reason.SAME_PERSON': 'A second person must take this action',
    'workflow.serviceAgreement.issues.AGREEMENT_OVERLAP': 'Already an agreement in force',
  };
  const translate: Translate = (key, options = {}) => {
    const text = messages[key];
    if (text === undefined) return typeof options._ === 'string' ? options._ : key;
    return text.replace(/%\{(\w+)\}/g, (_m, name: string) => String(options[name]));
  };
  const refused = (extensions: Record<string, unknown>, message = '服务器的中文说明') =>
    mapGraphQLError({ graphQLErrors: [{ message, extensions }] });

  it('translates each issue by its code with its parameters', () => {
    const mapped = refused({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      issues: [{ code: 'STALE_VERSION', path: 'expectedVersion', params: { expected: 2, actual: 3 } }],
    });
    expect(translateMapped(mapped, translate)).toBe('Changed (version 3, you saw 2)');
  });

  it('prefers a workflow’s own issue labels when given, then the reason, then the server’s message', () => {
    const overlap = refused({
      code: 'BAD_USER_INPUT',
      reason: 'AGREEMENT_OVERLAP',
      issues: [{ code: 'AGREEMENT_OVERLAP' }],
      fields: { action: '已有协议' },
    });
    expect(translateMapped(overlap, translate, ['workflow.serviceAgreement.issues'])).toBe('Already an agreement in force');
    expect(
      translateMapped(refused({ code: 'FORBIDDEN', reason: 'SAME_PERSON', issues: [{ code: 'SAME_PERSON_UNKNOWN' }] }), translate),
    ).toBe('A second person must take this action');
    expect(translateMapped(refused({ code: 'FORBIDDEN', reason: 'SOMETHING_NEW' }), translate)).toBe('服务器的中文说明');
  });

  it('translates field messages by their issues’ codes, keeping the server’s text for a code it does not know', () => {
    const mapped = refused({
      code: 'BAD_USER_INPUT',
      fields: { number: '请填写协议编号', endDate: '协议终止日不能早于起始日' },
      issues: [
        { code: 'REQUIRED', path: 'number' },
        { code: 'BRAND_NEW', path: 'endDate' },
      ],
    });
    expect(translateFields(mapped, translate)).toMatchObject({ number: 'Required', endDate: '协议终止日不能早于起始日' });
  });
});
