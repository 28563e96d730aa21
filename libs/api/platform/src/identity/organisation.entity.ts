import type { OrganisationKind } from '@jixiao/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'organisation' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: OrganisationKind;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  region!: string;

  @Column({ name: 'credit_code', type: 'char', length: 18 })
  creditCode!: string;

  @Column({ name: 'contact_name', type: 'text' })
  contactName!: string;

  @Column({ name: 'contact_phone', type: 'text' })
  contactPhone!: string;

  /** For a unit: the finance bureau it belongs to. */
  @Column({ name: 'parent_bureau_id', type: 'uuid', nullable: true })
  parentBureauId!: string | null;

  @Column({ type: 'text' })
  status!: 'active' | 'disabled';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
