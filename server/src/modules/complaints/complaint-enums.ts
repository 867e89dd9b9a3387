import {
  COMPLAINT_ACTIONS,
  COMPLAINT_CHANNELS,
  COMPLAINT_KINDS,
  COMPLAINT_STATES,
  type ComplaintAction,
  type ComplaintChannel,
  type ComplaintKind,
  type ComplaintState,
} from '@ltci/shared';
import { registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ComplaintStateEnum = enumOf<ComplaintState>(COMPLAINT_STATES);
export const ComplaintActionEnum = enumOf<ComplaintAction>(COMPLAINT_ACTIONS);
export const ComplaintChannelEnum = enumOf<ComplaintChannel>(COMPLAINT_CHANNELS);
export const ComplaintKindEnum = enumOf<ComplaintKind>(COMPLAINT_KINDS);

registerEnumType(ComplaintStateEnum, { name: 'ComplaintState', description: '投诉办理状态' });
registerEnumType(ComplaintActionEnum, { name: 'ComplaintAction', description: '投诉办理操作' });
registerEnumType(ComplaintChannelEnum, { name: 'ComplaintChannel', description: '投诉渠道（秦皇岛细则第七十二条）' });
registerEnumType(ComplaintKindEnum, { name: 'ComplaintKind', description: '投诉事项类别' });
