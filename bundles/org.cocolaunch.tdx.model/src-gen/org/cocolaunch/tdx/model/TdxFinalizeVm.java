/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Finalize Vm</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Parameters of KVM_TDX_FINALIZE_VM (TDH.MR.FINALIZE); the command has none.
 * <!-- end-model-doc -->
 *
 *
 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxFinalizeVm()
 * @model
 * @generated
 */
public interface TdxFinalizeVm extends EObject {
} // TdxFinalizeVm
