import { ApiProperty } from '@nestjs/swagger';
import type { ChangePasswordRequest } from '@jixiao/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  currentPassword!: string;

  @ApiProperty({
    description: 'At least 12 characters; not common; not containing your e-mail, name or organisation.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  newPassword!: string;
}
