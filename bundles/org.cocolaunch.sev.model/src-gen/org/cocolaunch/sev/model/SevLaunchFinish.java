/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Launch Finish</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * KVM_SEV_LAUNCH_FINISH: no parameter struct.
 * <!-- end-model-doc -->
 *
 *
 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchFinish()
 * @model
 * @generated
 */
public interface SevLaunchFinish extends EObject {
} // SevLaunchFinish
