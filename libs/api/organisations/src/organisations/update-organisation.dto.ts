import { ApiPropertyOptional } from '@nestjs/swagger';
import type { UpdateOrganisationRequest } from '@jixiao/contracts';
import { OptionalField, Trimmed } from '@jixiao/api-platform';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class UpdateOrganisationDto implements UpdateOrganisationRequest {
  @ApiPropertyOptional()
  @OptionalField()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional()
  @OptionalField()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  region?: string;

  @ApiPropertyOptional()
  @OptionalField()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  contactName?: string;

  @ApiPropertyOptional()
  @OptionalField()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(30)
  contactPhone?: string;
}
