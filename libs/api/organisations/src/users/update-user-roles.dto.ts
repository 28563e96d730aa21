import type { UpdateUserRolesRequest } from '@jixiao/contracts';
import type { Role } from '@jixiao/domain';
import { IsRoleList } from '@jixiao/api-platform';

export class UpdateUserRolesDto implements UpdateUserRolesRequest {
  @IsRoleList()
  roles!: Role[];
}
