import { ApiProperty } from '@nestjs/swagger';
import type { AdoptFrameworkRequest, SaveEvaluationFrameworkRequest } from '@jixiao/contracts';
import type { Framework } from '@jixiao/domain';
import { IsInt, IsNotEmpty, IsObject, IsString, Max, MaxLength, Min } from 'class-validator';

export class AdoptFrameworkDto implements AdoptFrameworkRequest {
  @ApiProperty({ description: "A template of the firm's library (uuid) or a built-in (builtin-…)." })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  templateId!: string;
}

export class SaveEvaluationFrameworkDto implements SaveEvaluationFrameworkRequest {
  @ApiProperty({ type: 'object', additionalProperties: true })
  @IsObject()
  framework!: Framework;

  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(2_000_000_000)
  version!: number;
}
