import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ScoreFrameworkRequest } from '@jixiao/contracts';
import type { Figures, Framework, Observations, Overrides } from '@jixiao/domain';
import { IsObject, IsOptional } from 'class-validator';

export class ScoreFrameworkDto implements ScoreFrameworkRequest {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The indicator system to score.' })
  @IsObject()
  framework!: Framework;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { initial_budget: 3592.06 },
  })
  @IsObject()
  figures!: Figures;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Per indicator id: a number (count, value), a boolean (yes/no, veto) or a level key; `<id>#exempt`: true when the exemption applies; `<id>#<n>`: the findings of the n-th extra deduction.',
  })
  @IsObject()
  observations!: Observations;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Per indicator id: { score: "4.4", reason: "…" } — a reason is mandatory.',
  })
  @IsObject()
  overrides!: Overrides;

  @ApiPropertyOptional({
    description: 'A stated total (a number or a decimal text) and grade to check, e.g. from a report.',
    example: { total: '92.5', grade: '优' },
  })
  @IsOptional()
  @IsObject()
  stated?: { total?: string | number; grade?: string };
}
