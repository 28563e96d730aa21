import { ApiProperty } from '@nestjs/swagger';
import type { AddAmendmentRequest } from '@jixiao/contracts';
import { IsBoolean, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

export class AddAmendmentDto implements AddAmendmentRequest {
  @ApiProperty({ description: 'What is corrected (更正内容)', maxLength: 5000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  correction!: string;

  @ApiProperty({ description: 'Why (更正原因)', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  @ApiProperty({ description: 'Effect on the conclusions (对评价结论的影响)', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  conclusionImpact!: string;

  @ApiProperty({ description: 'Whether the conclusions (score, grade, findings) change' })
  @IsBoolean()
  conclusionsChanged!: boolean;

  @ApiProperty({ description: 'A reviewer of the firm, not the author', format: 'uuid' })
  @IsUUID()
  approverUserId!: string;
}
