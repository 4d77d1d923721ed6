'use client'

import { ConfirmPasswordField, Form, FormSubmit, HiddenField, PasswordField, useAuth } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'

/**
 * Payload's reset-password form (the same operation and password rules), worded for a first password: on
 * success Payload has opened the session, and the person lands on their dashboard.
 */
export function ChoosePasswordForm({ token }: { token: string }) {
  const router = useRouter()
  const { fetchFullUser } = useAuth()
  return (
    <Form
      action="/api/users/reset-password"
      method="POST"
      initialState={{
        password: { initialValue: '', valid: false, value: '' },
        'confirm-password': { initialValue: '', valid: false, value: '' },
        token: { initialValue: token, valid: true, value: token },
      }}
      onSuccess={async () => {
        const user = await fetchFullUser()
        router.push(user ? '/admin' : '/admin/login')
      }}
    >
      <div className="inputWrap">
        <PasswordField field={{ name: 'password', label: 'Mot de passe', required: true }} path="password" schemaPath="users.password" />
        <ConfirmPasswordField />
        <HiddenField path="token" schemaPath="users.token" value={token} />
      </div>
      <FormSubmit size="large">Choisir ce mot de passe</FormSubmit>
    </Form>
  )
}
