import type { MouseEvent } from 'react';
import { Link, useRecordContext, useResourceDefinitions } from 'react-admin';

/** The object an entry names, as a link to its page where the dashboard has one for its type. */
export const EntityLinkField = (_props: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  const resources = useResourceDefinitions();
  if (!record?.entityId) return null;
  const resource = resources[String(record.entityType)];
  // a deleted object has no page any more
  if (!resource?.hasShow || record.operation === 'delete') return <span>{String(record.entityId)}</span>;
  return (
    <Link to={`/${resource.name}/${encodeURIComponent(String(record.entityId))}/show`} onClick={(e: MouseEvent) => e.stopPropagation()}>
      {String(record.entityId)}
    </Link>
  );
};
