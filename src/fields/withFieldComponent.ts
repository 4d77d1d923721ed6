import type { Field } from 'payload'

/** A field built by a shared helper, shown in the admin with a custom `Field` component (its path, as Payload wants). */
export function withFieldComponent<F extends Field & { admin?: object }>(field: F, component: string): F {
  const admin = (field.admin ?? {}) as { components?: object }
  return { ...field, admin: { ...admin, components: { ...admin.components, Field: component } } }
}
