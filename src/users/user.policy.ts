import { definePolicy } from '../auth/audience';
import { Permission } from '../auth/permissions';
import { OfficeKind } from '../offices/office.entity';
import { USER_CHANGES } from './user.entity';

/** Who reads a person's account: the administrators of their office, and those of the authorized body. */
export const USER_POLICY = definePolicy({
  kind: USER_CHANGES,
  table: 'app_user',
  permission: Permission.ManageUsers,
  grants: [{ office: 'row.office_id' }, { kinds: [OfficeKind.AUTHORIZED_BODY] }],
});
