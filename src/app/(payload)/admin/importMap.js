import { RelationshipTitleCell as RelationshipTitleCell_87756341e6dbbe0b26cb9cb234f59ced } from '@/admin/lists/RelationshipTitleCell'
import { UsersListBanner as UsersListBanner_255bd01b901bdadf1d8e5ebdc460da17 } from '@/admin/workflows/users/UsersListBanner'
import { AccountControls as AccountControls_1993aae8ed7b6fb0e6be510f744285b4 } from '@/admin/workflows/users/AccountControls'
import { CommuneCountField as CommuneCountField_6210c0a7027685bac2769081f2068209 } from '@/admin/fields/CommuneCountField'
import { OpeningView as OpeningView_eb06d1a9ba0154ed0871f91ce2ca295f } from '@/admin/territories/opening/OpeningView'
import { CoveredCommunesView as CoveredCommunesView_54f1721bc36a0e370093a57f567cce7f } from '@/admin/workflows/territories/CoveredCommunesView'
import { AnswerRowLabel as AnswerRowLabel_8c677f70a723fc15e3bd42579831afb4 } from '@/admin/fields/AnswerRowLabel'
import { ConditionQuestionField as ConditionQuestionField_ddfceb145316b1a6b4d4153bc572bfab } from '@/admin/fields/ConditionQuestionField'
import { ConditionValuesField as ConditionValuesField_e638a12e3bccadf65d551645d095ad91 } from '@/admin/fields/ConditionValuesField'
import { QuestionRowLabel as QuestionRowLabel_5cb267eab24ada1e30226ff97e1def85 } from '@/admin/fields/QuestionRowLabel'
import { DuplicateForTerritory as DuplicateForTerritory_79d57efed4e423128e0ac9fbf8cfb935 } from '@/admin/workflows/questionnaires/DuplicateForTerritory'
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
import { SubThemeField as SubThemeField_749627a887b500a891d4ee7a982dc488 } from '@/admin/fields/SubThemeField'
import { PartnerContactDelayField as PartnerContactDelayField_3f8a6c97eb9b847ac9fdf42177a99d0e } from '@/admin/fields/PartnerContactDelayField'
import { RuleCriterionField as RuleCriterionField_a1268e5d288f885caa3d0b4578a6f8c2 } from '@/admin/fields/RuleCriterionField'
import { RuleValuesField as RuleValuesField_d9e85e575d88bf51215365eda6a2cba8 } from '@/admin/fields/RuleValuesField'
import { RuleBoundField as RuleBoundField_8d5d8700f3eb6a54819c48f4ed4a08a6 } from '@/admin/fields/RuleBoundField'
import { PauseCell as PauseCell_a6553e1dff14bd2e92d5ae4b13544116 } from '@/admin/workflows/offers/PauseCell'
import { OffersListBanner as OffersListBanner_7027488c05eb3190186896b1ee1d87ba } from '@/admin/workflows/offers/OffersListBanner'
import { OfferControls as OfferControls_33c42220d591222890868fe0a156ffda } from '@/admin/workflows/offers/OfferControls'
import { RequestPage as RequestPage_104863777a14b533f46189380556e370 } from '@/admin/leads/requestPage/RequestPage'
import { LogoutButton as LogoutButton_a1ef4b6a173a6db0ce08456511f6227f } from '@/admin/proConnect/LogoutButton'
import { ProConnectLogin as ProConnectLogin_5ca4cbb952c9c9d0aabd6627bcc57631 } from '@/admin/proConnect/ProConnectLogin'
import { TerritorySelector as TerritorySelector_05ad1e013d46f3821f48a88d117d2e26 } from '@/admin/territorySelector/TerritorySelector'
import { Dashboard as Dashboard_0d6625b7f13ee764fd23a0cf2428adda } from '@/admin/dashboard/Dashboard'
import { ValidationQueueView as ValidationQueueView_c6cd173d75d392e15572dfa561ca3297 } from '@/admin/workflows/validation/ValidationQueueView'
import { AnnuaireView as AnnuaireView_dfd86b3f608974c5b6bd61c994b9a243 } from '@/admin/workflows/annuaire/AnnuaireView'
import { InviteView as InviteView_3f291b49c4e12c93ba5c0fc844b8993a } from '@/admin/workflows/users/InviteView'
import { ChoosePasswordView as ChoosePasswordView_c828cc9dccd5fc3653e258ff30313a70 } from '@/admin/workflows/users/ChoosePasswordView'
import { ConfirmEmailView as ConfirmEmailView_23a7560824e61b5f0ebcc77acee1beb9 } from '@/admin/workflows/users/ConfirmEmailView'
import { OverdueLeadsView as OverdueLeadsView_46c2db7fe8fffc349c3d84dd1f21a8dc } from '@/admin/leads/overdue/OverdueLeadsView'
import { DataInclusionImportView as DataInclusionImportView_1b79c4fbbb10d2fcea52ee0199c5a6fa } from '@/admin/workflows/imports/DataInclusionImportView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/admin/lists/RelationshipTitleCell#RelationshipTitleCell": RelationshipTitleCell_87756341e6dbbe0b26cb9cb234f59ced,
  "@/admin/workflows/users/UsersListBanner#UsersListBanner": UsersListBanner_255bd01b901bdadf1d8e5ebdc460da17,
  "@/admin/workflows/users/AccountControls#AccountControls": AccountControls_1993aae8ed7b6fb0e6be510f744285b4,
  "@/admin/fields/CommuneCountField#CommuneCountField": CommuneCountField_6210c0a7027685bac2769081f2068209,
  "@/admin/territories/opening/OpeningView#OpeningView": OpeningView_eb06d1a9ba0154ed0871f91ce2ca295f,
  "@/admin/workflows/territories/CoveredCommunesView#CoveredCommunesView": CoveredCommunesView_54f1721bc36a0e370093a57f567cce7f,
  "@/admin/fields/AnswerRowLabel#AnswerRowLabel": AnswerRowLabel_8c677f70a723fc15e3bd42579831afb4,
  "@/admin/fields/ConditionQuestionField#ConditionQuestionField": ConditionQuestionField_ddfceb145316b1a6b4d4153bc572bfab,
  "@/admin/fields/ConditionValuesField#ConditionValuesField": ConditionValuesField_e638a12e3bccadf65d551645d095ad91,
  "@/admin/fields/QuestionRowLabel#QuestionRowLabel": QuestionRowLabel_5cb267eab24ada1e30226ff97e1def85,
  "@/admin/workflows/questionnaires/DuplicateForTerritory#DuplicateForTerritory": DuplicateForTerritory_79d57efed4e423128e0ac9fbf8cfb935,
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
  "@/admin/fields/SubThemeField#SubThemeField": SubThemeField_749627a887b500a891d4ee7a982dc488,
  "@/admin/fields/PartnerContactDelayField#PartnerContactDelayField": PartnerContactDelayField_3f8a6c97eb9b847ac9fdf42177a99d0e,
  "@/admin/fields/RuleCriterionField#RuleCriterionField": RuleCriterionField_a1268e5d288f885caa3d0b4578a6f8c2,
  "@/admin/fields/RuleValuesField#RuleValuesField": RuleValuesField_d9e85e575d88bf51215365eda6a2cba8,
  "@/admin/fields/RuleBoundField#RuleBoundField": RuleBoundField_8d5d8700f3eb6a54819c48f4ed4a08a6,
  "@/admin/workflows/offers/PauseCell#PauseCell": PauseCell_a6553e1dff14bd2e92d5ae4b13544116,
  "@/admin/workflows/offers/OffersListBanner#OffersListBanner": OffersListBanner_7027488c05eb3190186896b1ee1d87ba,
  "@/admin/workflows/offers/OfferControls#OfferControls": OfferControls_33c42220d591222890868fe0a156ffda,
  "@/admin/leads/requestPage/RequestPage#RequestPage": RequestPage_104863777a14b533f46189380556e370,
  "@/admin/proConnect/LogoutButton#LogoutButton": LogoutButton_a1ef4b6a173a6db0ce08456511f6227f,
  "@/admin/proConnect/ProConnectLogin#ProConnectLogin": ProConnectLogin_5ca4cbb952c9c9d0aabd6627bcc57631,
  "@/admin/territorySelector/TerritorySelector#TerritorySelector": TerritorySelector_05ad1e013d46f3821f48a88d117d2e26,
  "@/admin/dashboard/Dashboard#Dashboard": Dashboard_0d6625b7f13ee764fd23a0cf2428adda,
  "@/admin/workflows/validation/ValidationQueueView#ValidationQueueView": ValidationQueueView_c6cd173d75d392e15572dfa561ca3297,
  "@/admin/workflows/annuaire/AnnuaireView#AnnuaireView": AnnuaireView_dfd86b3f608974c5b6bd61c994b9a243,
  "@/admin/workflows/users/InviteView#InviteView": InviteView_3f291b49c4e12c93ba5c0fc844b8993a,
  "@/admin/workflows/users/ChoosePasswordView#ChoosePasswordView": ChoosePasswordView_c828cc9dccd5fc3653e258ff30313a70,
  "@/admin/workflows/users/ConfirmEmailView#ConfirmEmailView": ConfirmEmailView_23a7560824e61b5f0ebcc77acee1beb9,
  "@/admin/leads/overdue/OverdueLeadsView#OverdueLeadsView": OverdueLeadsView_46c2db7fe8fffc349c3d84dd1f21a8dc,
  "@/admin/workflows/imports/DataInclusionImportView#DataInclusionImportView": DataInclusionImportView_1b79c4fbbb10d2fcea52ee0199c5a6fa,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
