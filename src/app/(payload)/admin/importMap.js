import { RelationshipTitleCell as RelationshipTitleCell_87756341e6dbbe0b26cb9cb234f59ced } from '@/admin/lists/RelationshipTitleCell'
import { UsersListBanner as UsersListBanner_255bd01b901bdadf1d8e5ebdc460da17 } from '@/admin/workflows/users/UsersListBanner'
import { AccountControls as AccountControls_1993aae8ed7b6fb0e6be510f744285b4 } from '@/admin/workflows/users/AccountControls'
import { CoveredCommunesView as CoveredCommunesView_54f1721bc36a0e370093a57f567cce7f } from '@/admin/workflows/territories/CoveredCommunesView'
import { QuestionTreeView as QuestionTreeView_b0e0017ae14b29871e2430c19ad4ed33 } from '@/admin/workflows/questionnaires/QuestionTreeView'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { PauseCell as PauseCell_a6553e1dff14bd2e92d5ae4b13544116 } from '@/admin/workflows/offers/PauseCell'
import { OffersListBanner as OffersListBanner_7027488c05eb3190186896b1ee1d87ba } from '@/admin/workflows/offers/OffersListBanner'
import { OfferControls as OfferControls_33c42220d591222890868fe0a156ffda } from '@/admin/workflows/offers/OfferControls'
import { RequestPage as RequestPage_104863777a14b533f46189380556e370 } from '@/admin/leads/requestPage/RequestPage'
import { ProConnectLogin as ProConnectLogin_5ca4cbb952c9c9d0aabd6627bcc57631 } from '@/admin/proConnect/ProConnectLogin'
import { TerritorySelector as TerritorySelector_05ad1e013d46f3821f48a88d117d2e26 } from '@/admin/territorySelector/TerritorySelector'
import { Dashboard as Dashboard_0d6625b7f13ee764fd23a0cf2428adda } from '@/admin/dashboard/Dashboard'
import { ValidationQueueView as ValidationQueueView_c6cd173d75d392e15572dfa561ca3297 } from '@/admin/workflows/validation/ValidationQueueView'
import { AnnuaireView as AnnuaireView_dfd86b3f608974c5b6bd61c994b9a243 } from '@/admin/workflows/annuaire/AnnuaireView'
import { InviteView as InviteView_3f291b49c4e12c93ba5c0fc844b8993a } from '@/admin/workflows/users/InviteView'
import { ConfirmEmailView as ConfirmEmailView_23a7560824e61b5f0ebcc77acee1beb9 } from '@/admin/workflows/users/ConfirmEmailView'
import { OverdueLeadsView as OverdueLeadsView_46c2db7fe8fffc349c3d84dd1f21a8dc } from '@/admin/leads/overdue/OverdueLeadsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/admin/lists/RelationshipTitleCell#RelationshipTitleCell": RelationshipTitleCell_87756341e6dbbe0b26cb9cb234f59ced,
  "@/admin/workflows/users/UsersListBanner#UsersListBanner": UsersListBanner_255bd01b901bdadf1d8e5ebdc460da17,
  "@/admin/workflows/users/AccountControls#AccountControls": AccountControls_1993aae8ed7b6fb0e6be510f744285b4,
  "@/admin/workflows/territories/CoveredCommunesView#CoveredCommunesView": CoveredCommunesView_54f1721bc36a0e370093a57f567cce7f,
  "@/admin/workflows/questionnaires/QuestionTreeView#QuestionTreeView": QuestionTreeView_b0e0017ae14b29871e2430c19ad4ed33,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/admin/workflows/offers/PauseCell#PauseCell": PauseCell_a6553e1dff14bd2e92d5ae4b13544116,
  "@/admin/workflows/offers/OffersListBanner#OffersListBanner": OffersListBanner_7027488c05eb3190186896b1ee1d87ba,
  "@/admin/workflows/offers/OfferControls#OfferControls": OfferControls_33c42220d591222890868fe0a156ffda,
  "@/admin/leads/requestPage/RequestPage#RequestPage": RequestPage_104863777a14b533f46189380556e370,
  "@/admin/proConnect/ProConnectLogin#ProConnectLogin": ProConnectLogin_5ca4cbb952c9c9d0aabd6627bcc57631,
  "@/admin/territorySelector/TerritorySelector#TerritorySelector": TerritorySelector_05ad1e013d46f3821f48a88d117d2e26,
  "@/admin/dashboard/Dashboard#Dashboard": Dashboard_0d6625b7f13ee764fd23a0cf2428adda,
  "@/admin/workflows/validation/ValidationQueueView#ValidationQueueView": ValidationQueueView_c6cd173d75d392e15572dfa561ca3297,
  "@/admin/workflows/annuaire/AnnuaireView#AnnuaireView": AnnuaireView_dfd86b3f608974c5b6bd61c994b9a243,
  "@/admin/workflows/users/InviteView#InviteView": InviteView_3f291b49c4e12c93ba5c0fc844b8993a,
  "@/admin/workflows/users/ConfirmEmailView#ConfirmEmailView": ConfirmEmailView_23a7560824e61b5f0ebcc77acee1beb9,
  "@/admin/leads/overdue/OverdueLeadsView#OverdueLeadsView": OverdueLeadsView_46c2db7fe8fffc349c3d84dd1f21a8dc,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
