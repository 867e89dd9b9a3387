import { useState } from 'react';
import { useNotify } from 'react-admin';
import { uploadToServer } from './serverFiles';

/**
 * Upload a file to `/import/<resource>` and keep the job it started (in localStorage, so that its
 * progress shows again after a reload); the same file again tells the user it imports once.
 */
export function useImportJob(resource: string) {
  const key = `ltci.import.${resource}`;
  const notify = useNotify();
  const [jobId, setJobId] = useState(() => localStorage.getItem(key));
  const [busy, setBusy] = useState(false);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      const { job } = await uploadToServer<{ job: { id: string; created: boolean } }>(`/import/${resource}`, file);
      localStorage.setItem(key, job.id);
      setJobId(job.id);
      if (!job.created) notify('app.import.same_file', { type: 'info' });
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const forget = () => {
    localStorage.removeItem(key);
    setJobId(null);
  };
  return { jobId, busy, upload, forget };
}
