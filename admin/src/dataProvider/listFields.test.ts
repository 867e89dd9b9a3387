import { describe, expect, it } from 'vitest';
import { listFields } from './listFields';

const scalar = (name: string) => ({ kind: 'SCALAR', name, ofType: null });
const nonNull = (ofType: object) => ({ kind: 'NON_NULL', name: null, ofType });
const list = (ofType: object) => ({ kind: 'LIST', name: null, ofType });
const object = (name: string) => ({ kind: 'OBJECT', name, ofType: null });
const field = (name: string, type: object) => ({ name, type, args: [] });
const resource = (name: string, fields: object[]) => ({ type: { kind: 'OBJECT', name, fields } });

// the institution as the schema describes it (server/schema.graphql), cut to one field of each kind
const introspection = {
  resources: [
    resource('Institution', [
      field('id', nonNull(scalar('ID'))),
      field('name', nonNull(scalar('String'))),
      field('region', nonNull(object('Region'))),
      field('county', object('County')),
      field('staffCount', nonNull(scalar('Int'))),
      field('staff', nonNull(list(nonNull(object('Staff'))))),
      field('statusTrace', list(nonNull(object('TraceStep')))),
    ]),
    resource('ServiceAgreement', [field('id', nonNull(scalar('ID'))), field('scorecardLink', object('AgreementScorecardLink'))]),
    resource('Region', [field('id', nonNull(scalar('ID')))]),
    resource('Staff', [field('id', nonNull(scalar('ID')))]),
    resource('County', [field('id', nonNull(scalar('ID')))]),
  ],
} as never;

describe('a list asks only what a grid can show (issue 9)', () => {
  it('keeps scalars and linked resources, drops every list of records, a resource’s (staff) included', () => {
    expect(listFields(introspection, 'Institution')).toEqual(['id', 'name', 'region', 'county', 'staffCount']);
  });

  it('drops what only the show page explains: an agreement’s scorecard link (Xinjiang art. 27), a figure per row the grid does not show', () => {
    expect(listFields(introspection, 'ServiceAgreement')).toEqual(['id']);
  });

  it('an unknown resource is left to ra-data-graphql-simple', () => {
    expect(listFields(introspection, 'Nothing')).toBeUndefined();
  });
});
