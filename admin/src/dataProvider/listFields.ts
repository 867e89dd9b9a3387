import { type IntrospectionField, type IntrospectionType, type IntrospectionTypeRef, TypeKind } from 'graphql';
import type { IntrospectionResult } from 'ra-data-graphql';

function unwrap(type: IntrospectionTypeRef): { name: string; kind: string; list: boolean } {
  let list = false;
  let t = type as IntrospectionTypeRef & { ofType?: IntrospectionTypeRef; name?: string };
  while (t.kind === TypeKind.NON_NULL || t.kind === TypeKind.LIST) {
    if (t.kind === TypeKind.LIST) list = true;
    t = t.ofType as typeof t;
  }
  return { name: t.name ?? '', kind: t.kind, list };
}

/**
 * The fields a list asks of a resource: all of them but the lists of records (an institution's
 * staff, even now that staff are a resource of their own; a record's workflow history and trace):
 * a grid shows none of them, and the show page asks them (issue 9: the staff were 63% of the list's
 * body). A linked resource (`region`) stays, asked for its `id` only.
 */
/** The lists of records a grid does show: the staff grid lists each member's certificates with their expiry. */
const LISTS_SHOWN: Readonly<Record<string, readonly string[]>> = { Staff: ['certificates'] };
/** Computed objects only the show page explains: an agreement's link to its institution's signed-off scorecard (Xinjiang art. 27). */
const SHOW_ONLY: Readonly<Record<string, readonly string[]>> = { ServiceAgreement: ['scorecardLink'] };

export function listFields(introspection: Pick<IntrospectionResult, 'resources'>, resourceName: string): string[] | undefined {
  const resource = introspection.resources.find((r) => r.type.name === resourceName);
  if (!resource) return undefined;
  const fields = (resource.type as IntrospectionType & { fields?: readonly IntrospectionField[] }).fields ?? [];
  return fields
    .filter((field) => {
      const { kind, list } = unwrap(field.type);
      const recordList = list && (kind === TypeKind.OBJECT || kind === TypeKind.INTERFACE);
      if ((SHOW_ONLY[resourceName] ?? []).includes(field.name)) return false;
      return !recordList || (LISTS_SHOWN[resourceName] ?? []).includes(field.name);
    })
    .map((field) => field.name);
}
