import { ApiProperty } from '@nestjs/swagger';
import type { AddRosterFirmRequest } from '@jixiao/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class AddRosterFirmDto implements AddRosterFirmRequest {
  @ApiProperty({ description: "The firm's 统一社会信用代码." })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  creditCode!: string;
}
