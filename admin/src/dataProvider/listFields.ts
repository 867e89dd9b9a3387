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
 * The fields a list asks of a resource: all of them but the lists of records that are not
 * resources themselves (an institution's staff, a record's workflow history and trace): a grid
 * shows none of them, and the show page asks them (issue 9: the staff were 63% of the list's body).
 * A linked resource (`region`) stays, asked for its `id` only.
 */
export function listFields(introspection: Pick<IntrospectionResult, 'resources'>, resourceName: string): string[] | undefined {
  const resource = introspection.resources.find((r) => r.type.name === resourceName);
  if (!resource) return undefined;
  const resources = new Set(introspection.resources.map((r) => r.type.name));
  const fields = (resource.type as IntrospectionType & { fields?: readonly IntrospectionField[] }).fields ?? [];
  return fields
    .filter((field) => {
      const { name, kind, list } = unwrap(field.type);
      return !(list && (kind === TypeKind.OBJECT || kind === TypeKind.INTERFACE) && !resources.has(name));
    })
    .map((field) => field.name);
}
