import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  CopyFrameworkTemplateRequest,
  CreateFrameworkTemplateRequest,
  UpdateFrameworkTemplateRequest,
} from '@jixiao/contracts';
import type { Framework } from '@jixiao/domain';
import { Trimmed } from '@jixiao/api-platform';
import { IsInt, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, Min } from 'class-validator';

const FRAMEWORK_DESCRIPTION =
  'An indicator system: { key, name, totalWeight, indicators: IndicatorNode[], measures, gradeScale } — see libs/domain/src/scoring/framework.model.ts and docs/indicator-systems.md.';

export class CreateFrameworkTemplateDto implements CreateFrameworkTemplateRequest {
  @ApiProperty({ description: FRAMEWORK_DESCRIPTION, type: 'object', additionalProperties: true })
  @IsObject()
  framework!: Framework;

  @ApiPropertyOptional({ example: '依据 2024 年评价方案调整' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class UpdateFrameworkTemplateDto
  extends CreateFrameworkTemplateDto
  implements UpdateFrameworkTemplateRequest
{
  @ApiProperty({
    description: 'The latest version when the editor loaded it; an older one answers 409 CONFLICT.',
  })
  @IsInt()
  @Min(1)
  baseVersion!: number;
}

export class CopyFrameworkTemplateDto implements CopyFrameworkTemplateRequest {
  @ApiProperty({ example: '昌吉市部门整体支出绩效评价指标体系（2025 版）' })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;
}
