// The data·inclusion v1 schema is pure data shared by the publication and the import: it lives in the domain.
export * from '@/domain/openData/dataInclusionSchema'
