import { lazyPage } from '../common/lazyPage';

export default {
  edit: lazyPage(() => import('./RelatedPersonEdit'), 'RelatedPersonEdit'),
  create: lazyPage(() => import('./RelatedPersonCreate'), 'RelatedPersonCreate'),
  recordRepresentation: 'name',
};
