import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateOrganisationRequest } from '@jixiao/contracts';
import { ONBOARDABLE_KINDS, type OnboardableKind } from '@jixiao/domain';
import { Trimmed } from '@jixiao/api-platform';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class CreateOrganisationDto implements CreateOrganisationRequest {
  @ApiProperty({ enum: ONBOARDABLE_KINDS })
  @IsIn(ONBOARDABLE_KINDS)
  kind!: OnboardableKind;

  @ApiProperty({ example: '昌吉市财政局' })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: '新疆维吾尔自治区昌吉回族自治州昌吉市' })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  region!: string;

  @ApiProperty({
    description: '统一社会信用代码, 18 characters with a valid check character (GB 32100-2015).',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  creditCode!: string;

  @ApiProperty({ example: '李四' })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  contactName!: string;

  @ApiProperty({ example: '0994-2345678' })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(30)
  contactPhone!: string;

  @ApiProperty({ description: 'The first administrator, who receives an invitation link.' })
  @IsEmail()
  @MaxLength(254)
  adminEmail!: string;

  @ApiPropertyOptional({ description: 'Required for a unit: the finance bureau it belongs to.' })
  @IsOptional()
  @IsUUID()
  parentBureauId?: string;
}
