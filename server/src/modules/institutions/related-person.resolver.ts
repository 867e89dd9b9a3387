import { maskIdNumber } from '@ltci/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context, requireCaller } from '../../common/context.js';
import { ListMetadata } from '../../common/list-args.js';
import { NeedsRight } from '../../common/rights.js';
import { RelatedPerson } from './related-person.entity.js';
import type { RelatedPersonService } from './related-person.service.js';
import { CreateRelatedPersonArgs, RelatedPersonListArgs, RevealArgs, UpdateRelatedPersonArgs } from './staff.args.js';

@Resolver(() => RelatedPerson)
export class RelatedPersonResolver {
  constructor(private readonly persons: RelatedPersonService) {}

  @NeedsRight('relatedPerson.read')
  @Query(() => [RelatedPerson])
  allRelatedPeople(@Args() args: RelatedPersonListArgs, @Ctx() ctx: Context): Promise<RelatedPerson[]> {
    return this.persons.list(requireCaller(ctx), args);
  }

  @NeedsRight('relatedPerson.read')
  @Query(() => ListMetadata)
  async _allRelatedPeopleMeta(@Args() args: RelatedPersonListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await this.persons.count(requireCaller(ctx), args.filter) };
  }

  @NeedsRight('relatedPerson.read')
  @Query(() => RelatedPerson, { nullable: true })
  RelatedPerson(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<RelatedPerson> {
    return this.persons.get(requireCaller(ctx), id);
  }

  @NeedsRight('relatedPerson.create')
  @Mutation(() => RelatedPerson, {
    description: '登记关联人员；同时按本地区的机构职能分离规定检查（秦皇岛细则第四十条、图木舒克方案六（一）、新疆细则第十二条第六项）',
  })
  createRelatedPerson(@Args() args: CreateRelatedPersonArgs, @Ctx() ctx: Context): Promise<RelatedPerson> {
    return this.persons.create(requireCaller(ctx), args);
  }

  @NeedsRight('relatedPerson.update')
  @Mutation(() => RelatedPerson)
  updateRelatedPerson(@Args() args: UpdateRelatedPersonArgs, @Ctx() ctx: Context): Promise<RelatedPerson> {
    return this.persons.update(requireCaller(ctx), args);
  }

  @NeedsRight('relatedPerson.delete')
  @Mutation(() => RelatedPerson)
  deleteRelatedPerson(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<RelatedPerson> {
    return this.persons.delete(requireCaller(ctx), id);
  }

  @NeedsRight('relatedPerson.reveal')
  @Mutation(() => String, { description: '查看完整证件号码（须填理由，留痕）' })
  revealRelatedPersonIdNumber(@Args() args: RevealArgs, @Ctx() ctx: Context): Promise<string> {
    return this.persons.reveal(requireCaller(ctx), args);
  }

  @FieldResolver(() => String)
  idNumberMasked(@Root() person: RelatedPerson): string {
    return maskIdNumber(person.idNumber) ?? '';
  }
}
