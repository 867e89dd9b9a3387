import { registerEnumType } from 'type-graphql';

export enum Role {
  admin = 'admin',
  fund_manager = 'fund_manager',
  inspector = 'inspector',
  agency_officer = 'agency_officer',
  tpa_staff = 'tpa_staff',
}

registerEnumType(Role, { name: 'Role', description: '用户角色' });
